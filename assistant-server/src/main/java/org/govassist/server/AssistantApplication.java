package org.govassist.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The consultation assistant: serves the citizen chat over WebSocket, answering from the
 * knowledge base kept in the database.
 *
 * <p>Features live in their own packages: {@code system} (settings and node identity),
 * {@code knowledge} (guides in the database, the seed import and the consultation engine) and
 * {@code chat} (the citizen WebSocket and conversations).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssistantApplication {

	/**
	 * Starts the assistant; every argument of the form {@code --name=value} sets a property.
	 *
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(AssistantApplication.class, args);
	}

}
