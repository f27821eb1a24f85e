package app.casebook.comment;

import app.casebook.base.CasebookSpringTest;

@CasebookSpringTest
class CommentServiceH2Test extends CommentServiceTest {
}
