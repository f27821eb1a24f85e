package app.casebook.review;

import app.casebook.base.CasebookSpringTest;

@CasebookSpringTest
class ReviewServiceH2Test extends ReviewServiceTest {
}
