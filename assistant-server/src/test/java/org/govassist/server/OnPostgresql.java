package org.govassist.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test class on PostgreSQL in place of the embedded database: a fresh
 * {@link PostgresqlSchema} is created before the class's tests, becomes the server's
 * {@code spring.datasource.url}, and is dropped after them.
 *
 * <p>Without a reachable PostgreSQL the class is skipped, unless {@code CI=true}, where it fails
 * (see {@link PostgresqlSchema#create()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresqlSchemaExtension.class)
@ContextCustomizerFactories(PostgresqlSchemaExtension.DataSourceCustomizerFactory.class)
public @interface OnPostgresql {

}
