package app.casebook.casestudy;

import java.util.List;

/** A case study with its sections in order. */
public record CaseStudyDetails(CaseStudy caseStudy, List<Section> sections) {
}
