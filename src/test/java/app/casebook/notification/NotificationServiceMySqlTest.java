package app.casebook.notification;

import app.casebook.base.MySqlTest;

@MySqlTest
class NotificationServiceMySqlTest extends NotificationServiceTest {
}
