package app.casebook.casestudy;

import app.casebook.base.MySqlTest;

@MySqlTest
class CaseStudyServiceMySqlTest extends CaseStudyServiceTest {
}
