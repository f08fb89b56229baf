package org.govassist.server.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * General settings under {@code assistant.*}.
 *
 * <p>Immutable and thread-safe. Bound at start-up; a value that cannot be used stops start-up
 * with a message that names the property.
 *
 * @param dataDir {@code assistant.data-dir}: the folder for the embedded database and anything
 * else kept on disk, resolved against the working directory at start-up
 * @param nodeId {@code assistant.node-id}: this node's name in a cluster, or {@code null} for
 * the default (see {@link NodeIdentity})
 */
@ConfigurationProperties("assistant")
public record AssistantProperties(Path dataDir, String nodeId) {

	public AssistantProperties {
		if (dataDir == null || dataDir.toString().isBlank()) {
			throw new IllegalArgumentException("assistant.data-dir must name a folder");
		}
		if (nodeId != null && nodeId.isBlank()) {
			nodeId = null;
		}
	}

}
