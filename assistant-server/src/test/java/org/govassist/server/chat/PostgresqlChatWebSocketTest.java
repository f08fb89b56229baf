package org.govassist.server.chat;

import org.govassist.server.OnPostgresql;

/**
 * The citizen WebSocket on PostgreSQL: every conversation test again, with the migrations and
 * queries running on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlChatWebSocketTest extends ChatWebSocketTest {

}
