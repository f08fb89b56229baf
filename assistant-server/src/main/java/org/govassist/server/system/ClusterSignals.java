package org.govassist.server.system;

import java.util.function.Consumer;

/**
 * Wakes up the other nodes of a cluster: "conversation X has new events", "guide Y changed".
 * A signal only says where to look; the database stays the truth, so a signal that is lost
 * delays what it announces but never loses it.
 *
 * <p>Exists on a node of a cluster only ({@link OnCluster}). Thread-safe; listeners run on the
 * Redis listener's threads and must not block for long.
 */
public interface ClusterSignals {

	/**
	 * Sends a signal to every node of the cluster, this one included.
	 *
	 * @param topic what the signal is about, e.g. {@code guide}; the same topic {@link #listen}s
	 * @param payload the signal's text, e.g. a guide id
	 */
	void send(String topic, String payload);

	/**
	 * Calls a listener with the payload of every signal sent on a topic from now on, by any node; the
	 * signals of every topic reach the listeners one at a time, in the order Redis delivered them.
	 *
	 * @param topic the topic
	 * @param listener the listener
	 */
	void listen(String topic, Consumer<String> listener);

}
