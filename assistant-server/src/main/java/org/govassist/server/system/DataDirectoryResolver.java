package org.govassist.server.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code assistant.data-dir} against the working directory before anything reads it, so
 * that a relative path such as {@code data} names the same folder everywhere: in the embedded
 * database's URL, which refuses implicitly relative paths, and in the logs.
 */
final class DataDirectoryResolver implements EnvironmentPostProcessor {

	private static final String PROPERTY = "assistant.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String dataDir = environment.getProperty(PROPERTY);
		if (dataDir == null || dataDir.isBlank()) {
			return;
		}
		String resolved = Path.of(dataDir).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("resolvedDataDirectory", Map.of(PROPERTY, resolved)));
	}

}
