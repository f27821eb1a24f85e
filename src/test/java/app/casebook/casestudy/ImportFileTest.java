package app.casebook.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_utf8_text_file_is_read_as_it_is() {
        assertThat(ImportFile.decode("case.md", utf8("Título\nRole: CTO — “quoted”\n"))).isEqualTo("Título\nRole: CTO — “quoted”\n");
        assertThat(ImportFile.decode("CASE.TXT", utf8("plain"))).isEqualTo("plain");
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(ImportFile.decode("a.txt", bom)).isEqualTo("Hi");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> ImportFile.decode("a.txt", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessage("The file “a.txt” is empty.");
        assertThatThrownBy(() -> ImportFile.decode("a.txt", utf8("  \n\n ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("The file “a.txt” has no text.");
    }

    @Test
    void a_file_with_nul_bytes_is_refused_as_binary() {
        byte[] pdfLike = {'%', 'P', 'D', 'F', 0, 1, 2, 'x'};
        assertThatThrownBy(() -> ImportFile.decode("report.txt", pdfLike))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a text file");
    }

    @Test
    void a_file_with_many_control_characters_is_refused_as_binary() {
        byte[] bytes = utf8("text" + "\u0001\u0002\u0003".repeat(5) + "more text here");
        assertThatThrownBy(() -> ImportFile.decode("a.md", bytes)).hasMessageContaining("not a text file");
    }

    @Test
    void a_single_stray_control_character_in_a_long_text_is_accepted() {
        String text = "word ".repeat(200) + "\u0007";
        assertThat(ImportFile.decode("a.md", utf8(text))).isEqualTo(text);
    }

    @Test
    void a_file_over_one_megabyte_is_refused() {
        byte[] big = new byte[Limits.IMPORT_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> ImportFile.decode("big.txt", big)).hasMessageContaining("too large");
        byte[] justRight = new byte[Limits.IMPORT_BYTES];
        Arrays.fill(justRight, (byte) 'a');
        assertThat(ImportFile.decode("ok.txt", justRight)).hasSize(Limits.IMPORT_BYTES);
    }

    @Test
    void a_latin1_file_is_refused_as_not_utf8() {
        byte[] latin1 = "Résumé".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImportFile.decode("cv.txt", latin1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void a_utf16_file_is_refused_with_a_hint_to_save_it_as_utf8() {
        byte[] utf16 = "Hello".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> ImportFile.decode("a.txt", utf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void only_txt_and_md_files_are_accepted() {
        assertThatThrownBy(() -> ImportFile.decode("cv.docx", utf8("x")))
                .hasMessage("Only plain-text (.txt) and Markdown (.md) files can be imported; “cv.docx” is neither.");
        assertThat(ImportFile.decode("notes.markdown", utf8("x"))).isEqualTo("x");
    }
}
