package app.casebook.casestudy;

import java.util.List;

/** A template: the sections a new case study starts with, each with guidance and a recommended length. */
public record Template(long id, String code, String name, String description, List<TemplateSection> sections) {

    public record TemplateSection(int position, String heading, String guidance, int minWords, int maxWords,
                                  boolean outcome) {
    }
}
