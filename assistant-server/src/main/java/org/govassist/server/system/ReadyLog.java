package org.govassist.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs one line when the node is ready to serve chats: its name, port and data folder.
 */
@Component
final class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

	private final NodeIdentity node;

	private final AssistantProperties properties;

	private final Environment environment;

	ReadyLog(NodeIdentity node, AssistantProperties properties, Environment environment) {
		this.node = node;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		log.info("Assistant node {} ready on port {}, data in {}", node.name(),
				environment.getProperty("local.server.port", "(none)"),
				properties.dataDir().toAbsolutePath().normalize());
	}

}
