package app.casebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic case-study prose for benchmarks: sentences of common and domain words with punctuation and numbers,
 * in paragraphs; and edits of it that change a share of its words at scattered places, as a person revising does.
 */
final class Prose {

    private static final String[] WORDS = ("the a of to and in for on with as by that this we our my team it was "
            + "were is are be had have from at into across after before while when which who their them they our "
            + "platform architecture database service services customers revenue growth latency outage incident "
            + "reliability migration monolith strangler pattern deployment pipeline release feature flags rollout "
            + "budget cost costs infrastructure cloud managed cache queue events observability metrics dashboards "
            + "alerting on-call engineers engineering product design roadmap quarter quarters board investors "
            + "decision decisions trade-off risk risks hiring mentoring leadership strategy priorities delivery "
            + "cadence throughput bottleneck bottlenecks scaling traffic peak users orders checkout payments search "
            + "catalog inventory analytics reporting data model schema index indexes queries replicas sharding "
            + "Kubernetes containers autoscaling capacity planning postmortem postmortems runbooks automation "
            + "testing coverage regression quality speed trust stakeholders finance operations support sales "
            + "marketing partners vendors contract negotiation reduced improved increased doubled halved cut moved "
            + "built led chose rejected proposed measured shipped launched replaced retired simplified split "
            + "aligned agreed convinced explained learned realised discovered found noticed decided started "
            + "finished delivered within weeks months days hours percent million thousand first second third "
            + "finally however instead because although despite therefore meanwhile eventually gradually quickly "
            + "carefully clearly small large critical important hard simple new old legacy modern stable fragile")
            .split(" ");

    private Prose() {
    }

    /** About {@code chars} characters of prose, deterministic for a seed. */
    static String generate(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 200);
        int sentencesInParagraph = 0;
        while (b.length() < chars) {
            int words = 8 + random.nextInt(18);
            for (int i = 0; i < words; i++) {
                String w = random.nextInt(25) == 0 ? (1 + random.nextInt(99)) + (random.nextBoolean() ? "%" : "")
                        : WORDS[random.nextInt(WORDS.length)];
                if (i == 0) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                b.append(w);
                if (i == words - 1) {
                    b.append('.');
                } else if (random.nextInt(9) == 0) {
                    b.append(',');
                }
                b.append(i == words - 1 ? "" : " ");
            }
            if (++sentencesInParagraph >= 3 + random.nextInt(4)) {
                b.append("\n\n");
                sentencesInParagraph = 0;
            } else {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    /**
     * The text with about {@code share} of its words changed at random places: most replaced by another word,
     * some deleted, some with a word inserted after them. Whitespace is kept as it was.
     */
    static String edit(String text, double share, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (String token : text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
            boolean word = !token.isBlank();
            if (word && random.nextDouble() < share) {
                int what = random.nextInt(10);
                if (what < 7) {
                    out.add(WORDS[random.nextInt(WORDS.length)]);
                } else if (what < 8) {
                    out.add(token + " " + WORDS[random.nextInt(WORDS.length)]);
                } else {
                    out.add("");
                }
            } else {
                out.add(token);
            }
        }
        return String.join("", out);
    }

    /** A text whose words can be replaced one at a time cheaply: what autosave sends after a small edit. */
    static final class Editable {
        private final String[] tokens;
        private final int[] wordAt;

        Editable(String text) {
            tokens = text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
            int[] words = new int[tokens.length];
            int n = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (!tokens[i].isBlank()) {
                    words[n++] = i;
                }
            }
            wordAt = java.util.Arrays.copyOf(words, n);
        }

        /** The text with its word number {@code index} (modulo the number of words) replaced. */
        String withWord(int index, String replacement) {
            int replaced = wordAt[Math.floorMod(index, wordAt.length)];
            StringBuilder b = new StringBuilder(4096);
            for (int i = 0; i < tokens.length; i++) {
                b.append(i == replaced ? replacement : tokens[i]);
            }
            return b.toString();
        }
    }
}
