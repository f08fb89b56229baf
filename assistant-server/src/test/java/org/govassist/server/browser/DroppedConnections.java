package org.govassist.server.browser;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;

/**
 * Makes the running server drop every open connection at once, the WebSockets included, the way
 * a restart of its network side or a broken link does: without a WebSocket close frame.
 *
 * <p>It stops the embedded Tomcat's connector, which closes all its sockets, and starts it again
 * on the same port at once; a client reconnecting after its first backoff finds it listening.
 */
final class DroppedConnections {

	private DroppedConnections() {
	}

	/**
	 * Drops every connection of the server.
	 *
	 * @param server the application's web server, an embedded Tomcat
	 */
	static void dropAll(WebServer server) {
		Connector connector = ((TomcatWebServer) server).getTomcat().getConnector();
		// Started on port 0, the connector would bind a new random port on restart.
		connector.setPort(connector.getLocalPort());
		try {
			connector.stop();
			connector.start();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException("The connector did not restart", ex);
		}
	}

}
