package app.casebook.casestudy;

import app.casebook.base.MySqlTest;

@MySqlTest
class ConcurrentEditingMySqlTest extends ConcurrentEditingTest {
}
