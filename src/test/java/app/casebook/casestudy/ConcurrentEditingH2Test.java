package app.casebook.casestudy;

import app.casebook.base.CasebookSpringTest;

@CasebookSpringTest
class ConcurrentEditingH2Test extends ConcurrentEditingTest {
}
