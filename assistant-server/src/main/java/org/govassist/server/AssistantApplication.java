package org.govassist.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The consultation assistant: serves the citizen chat over WebSocket, answering from the
 * knowledge base kept in the database.
 *
 * <p>Features live in their own packages: {@code system} (settings, node identity and background
 * jobs), {@code knowledge} (guides in the database, the seed import and the consultation engine),
 * {@code chat} (the citizen WebSocket and conversations), {@code handoff} (helpdesk agents: their
 * WebSocket, the queue and its routing, alerts, tickets), {@code privacy} (masking personal data,
 * retention), {@code rating} (好差评 and their summary), {@code account} (staff accounts and login),
 * {@code security} (who may reach what, security headers) and {@code api} (REST errors).
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
