-- A page of a section's history (newest first) is read straight from this index: without it MariaDB intersects
-- the section and case-study indexes and sorts every revision of the section (15-50 ms at 10,000 revisions).
create index ix_revision_case_study_section on revision (case_study_id, section_id, id);
