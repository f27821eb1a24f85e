package app.casebook.revision;

import app.casebook.base.MySqlTest;

@MySqlTest
class RevisionServiceMySqlTest extends RevisionServiceTest {
}
