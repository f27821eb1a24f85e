package app.casebook.review;

import app.casebook.base.MySqlTest;

@MySqlTest
class ReviewServiceMySqlTest extends ReviewServiceTest {
}
