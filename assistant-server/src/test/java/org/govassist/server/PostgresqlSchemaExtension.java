package org.govassist.server;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The work behind {@link OnPostgresql}: creates a {@link PostgresqlSchema} before a test class's
 * tests and drops it after them, and points the class's application context at it.
 *
 * <p>The schema is created in a JUnit callback rather than while the context loads, so that a
 * missing database skips the class instead of failing its context. Thread-safe.
 */
public final class PostgresqlSchemaExtension implements BeforeAllCallback, AfterAllCallback {

	private static final Map<Class<?>, PostgresqlSchema> SCHEMAS = new ConcurrentHashMap<>();

	/** Creates the test class's schema. */
	@Override
	public void beforeAll(ExtensionContext context) {
		SCHEMAS.put(context.getRequiredTestClass(), PostgresqlSchema.create());
	}

	/** Drops the test class's schema. */
	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		PostgresqlSchema schema = SCHEMAS.remove(context.getRequiredTestClass());
		if (schema != null) {
			schema.close();
		}
	}

	/**
	 * Gives each {@link OnPostgresql} test class a context whose {@code spring.datasource.url} is
	 * that class's schema; the customizer is the class's own, so that no other class shares the
	 * cached context.
	 */
	public static final class DataSourceCustomizerFactory implements ContextCustomizerFactory {

		/** A customizer for a class annotated with {@link OnPostgresql}, otherwise {@code null}. */
		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgresql.class)
					? new DataSourceCustomizer(testClass) : null;
		}

	}

	private record DataSourceCustomizer(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			PostgresqlSchema schema = SCHEMAS.get(testClass);
			if (schema == null) {
				throw new IllegalStateException("No PostgreSQL schema for " + testClass.getName()
						+ "; is it annotated with @OnPostgresql?");
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("postgresqlSchema", Map.of("spring.datasource.url", schema.url())));
		}

	}

}
