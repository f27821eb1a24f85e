package app.casebook.publish;

import java.nio.charset.StandardCharsets;

/** A file made for download: its name, media type and content. */
public record ExportedFile(String fileName, String contentType, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
