package app.casebook.revision;

import app.casebook.base.CasebookSpringTest;

@CasebookSpringTest
class RevisionServiceH2Test extends RevisionServiceTest {
}
