package org.govassist.server.editor;

import org.govassist.server.OnPostgresql;

/**
 * {@link EditorApiTest} on PostgreSQL: every test of the editors' guide API again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlEditorApiTest extends EditorApiTest {

}
