package org.govassist.server.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

/**
 * Every {@link StaffSessionEnded} the server published, for tests that import this listener.
 */
final class SessionEndings {

	private final List<StaffSessionEnded> ended = new CopyOnWriteArrayList<>();

	@EventListener
	void ended(StaffSessionEnded event) {
		ended.add(event);
	}

	/** The events published for one username, in order. */
	List<StaffSessionEnded> of(String username) {
		return ended.stream().filter(event -> event.username().equals(username)).toList();
	}

}
