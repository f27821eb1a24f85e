package app.casebook.comment;

import app.casebook.base.MySqlTest;

@MySqlTest
class CommentServiceMySqlTest extends CommentServiceTest {
}
