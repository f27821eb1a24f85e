package app.casebook.casestudy;

import app.casebook.base.CasebookSpringTest;

@CasebookSpringTest
class CaseStudyServiceH2Test extends CaseStudyServiceTest {
}
