package org.govassist.server.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's name in a cluster: {@code assistant.node-id} when set, else the host name and the
 * configured {@code server.port}, e.g. {@code gov-web-1:8080}.
 *
 * <p>Immutable and thread-safe.
 */
@Component
public final class NodeIdentity {

	private final String name;

	NodeIdentity(AssistantProperties properties, Environment environment) {
		this.name = properties.nodeId() != null ? properties.nodeId()
				: hostName() + ":" + environment.getProperty("server.port", "8080");
	}

	/**
	 * The node's name.
	 *
	 * @return the name, never blank
	 */
	public String name() {
		return name;
	}

	@Override
	public String toString() {
		return name;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
