package org.govassist.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocketRoute;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the assistant as the agent console sees it, inside one browser context: it serves
 * the pages from the classpath with the server's Content-Security-Policy at {@value #ORIGIN},
 * answers the staff and agents' REST calls the console makes (login, me, logout, a guide, canned
 * replies, tickets) from what the test set, and plays the server's side of {@code /ws/agent}:
 * every connection gets the {@code agent.state} the test set, everything else is sent by the test.
 *
 * <p>Not thread-safe: Playwright calls its handlers on the test's thread while the test waits in a
 * Playwright call, such as {@link #awaitMessage}.
 */
final class ScriptedAgentServer {

	/** Where the pages are served; no request leaves the browser. */
	static final String ORIGIN = "http://assistant.test";

	/** The policy the real server puts on its pages (SecurityConfiguration). */
	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	private static final String STATIC_ROOT = "META-INF/resources";

	private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BrowserContext context;

	private final List<JsonNode> received = new ArrayList<>();

	private final Set<Integer> returned = new HashSet<>();

	private final List<String> requests = new ArrayList<>();

	private final Map<String, Object> guides = new LinkedHashMap<>();

	private final List<Map<String, Object>> replies = new ArrayList<>();

	private final List<Map<String, Object>> tickets = new ArrayList<>();

	private List<String> roles = List.of("AGENT");

	private Map<String, Object> state = Map.of("status", "online", "agentName", "王芳", "maxChats", 3,
			"conversations", List.of(), "queue", List.of());

	/** The status and problem detail every login gets, or null for a successful login. */
	private Map<String, Object> loginRefusal;

	private WebSocketRoute socket;

	private int connections;

	private int nextReplyId = 100;

	private ScriptedAgentServer(BrowserContext context) {
		this.context = context;
	}

	/**
	 * Serves the pages, the REST calls and the agent socket in a browser context.
	 *
	 * @param context a fresh context, before any page is opened in it
	 * @return the server, to direct
	 */
	static ScriptedAgentServer serve(BrowserContext context) {
		ScriptedAgentServer server = new ScriptedAgentServer(context);
		context.route(ORIGIN + "/**", server::handle);
		context.routeWebSocket(ORIGIN.replace("http:", "ws:") + "/ws/agent", server::accept);
		return server;
	}

	/** The roles the next login and {@code /api/auth/me} give. */
	void roles(String... names) {
		roles = List.of(names);
	}

	/** Refuses every login from now on with this status and problem detail, e.g. 401 for a wrong password. */
	void refuseLogins(int status, String detail) {
		loginRefusal = Map.of("status", status, "title", "Refused", "detail", detail);
	}

	/** The {@code agent.state} every new connection gets from now on. */
	void state(List<Map<String, Object>> conversations, List<Map<String, Object>> queue) {
		state = Map.of("status", "online", "agentName", "王芳", "maxChats", 3, "conversations", conversations, "queue",
				queue);
	}

	/** A guide {@code GET /api/agent/guides/{id}} answers with. */
	void guide(String id, String title, List<Map<String, String>> sections) {
		guides.put(id, Map.of("id", id, "title", title, "sections", sections, "url", "https://zwfw.example.gov.cn/" + id,
				"updatedAt", "2026-10-01"));
	}

	/** A canned reply {@code GET /api/agent/replies} lists. */
	void reply(String title, String text, boolean shared) {
		replies.add(new LinkedHashMap<>(Map.of("id", nextReplyId++, "title", title, "text", text, "shared", shared,
				"owner", shared ? "admin" : "wangfang")));
	}

	/** An open ticket {@code GET /api/agent/tickets?status=open} lists. */
	void ticket(long id, String text, String contact) {
		tickets.add(new LinkedHashMap<>(Map.of("id", id, "conversationId", "c-" + id, "text", text, "contact", contact,
				"created", "2026-11-20T09:30:00Z", "status", "open")));
	}

	/** The REST calls received, as {@code METHOD path} with the body after a space when there was one. */
	List<String> requests() {
		return requests;
	}

	/** How many times the console has connected to the agent socket. */
	int connections() {
		return connections;
	}

	/**
	 * Waits for the console's earliest message of a type not returned before.
	 *
	 * @param type e.g. {@code say}
	 * @return the message
	 */
	JsonNode awaitMessage(String type) {
		context.waitForCondition(() -> indexOf(type) >= 0);
		int index = indexOf(type);
		returned.add(index);
		return received.get(index);
	}

	/** Acknowledges a client message by its id, with extra fields such as {@code seq}. */
	void acknowledge(JsonNode message, Map<String, ?> fields) {
		Map<String, Object> ack = new LinkedHashMap<>();
		ack.put("type", "ack");
		ack.put("replyTo", message.get("id").asString());
		ack.putAll(fields);
		send(ack);
	}

	/** Sends any message as it is, once the console has connected. */
	void send(Map<String, ?> message) {
		context.waitForCondition(() -> socket != null);
		socket.send(JSON.writeValueAsString(message));
	}

	/** Closes the console's connection as a server going down would (1001), so that it reconnects. */
	void dropConnection() {
		closeConnection(1001, "going away");
	}

	/** Closes the console's connection with a close code, e.g. 4401 when the login ended. */
	void closeConnection(int code, String reason) {
		context.waitForCondition(() -> socket != null);
		WebSocketRoute closed = socket;
		socket = null;
		closed.close(new WebSocketRoute.CloseOptions().setCode(code).setReason(reason));
	}

	private int indexOf(String type) {
		for (int index = 0; index < received.size(); index++) {
			if (!returned.contains(index) && type.equals(received.get(index).path("type").asString())) {
				return index;
			}
		}
		return -1;
	}

	private void accept(WebSocketRoute route) {
		socket = route;
		connections += 1;
		route.onMessage(frame -> received.add(JSON.readTree(frame.text())));
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "agent.state");
		event.putAll(state);
		route.send(JSON.writeValueAsString(event));
	}

	private void handle(Route route) {
		URI uri = URI.create(route.request().url());
		String path = uri.getPath();
		if (!path.startsWith("/api/")) {
			servePage(route, path);
			return;
		}
		String method = route.request().method();
		String body = route.request().postData();
		requests.add(method + " " + path + (uri.getQuery() == null ? "" : "?" + uri.getQuery())
				+ (body == null || body.isEmpty() ? "" : " " + body));
		switch (method + " " + path) {
			case "POST /api/auth/login" -> {
				if (loginRefusal != null) {
					json(route, (Integer) loginRefusal.get("status"), loginRefusal);
				}
				else {
					json(route, 200, Map.of("token", "scripted-token", "roles", roles, "displayName", "王芳", "expires",
							"2026-11-21T18:00:00Z"));
				}
			}
			case "GET /api/auth/me" -> json(route, 200,
					Map.of("username", "wangfang", "displayName", "王芳", "roles", roles, "skills", List.of("户籍")));
			case "POST /api/auth/logout" -> route.fulfill(new Route.FulfillOptions().setStatus(204));
			case "GET /api/agent/replies" -> json(route, 200, replies);
			case "POST /api/agent/replies" -> {
				Map<String, Object> reply = new LinkedHashMap<>();
				reply.put("id", nextReplyId++);
				JsonNode fields = JSON.readTree(body);
				reply.put("title", fields.get("title").asString());
				reply.put("text", fields.get("text").asString());
				reply.put("shared", fields.get("shared").asBoolean());
				reply.put("owner", "wangfang");
				replies.add(reply);
				json(route, 201, reply);
			}
			case "GET /api/agent/tickets" -> json(route, 200, tickets.stream()
				.filter(ticket -> ticket.get("status").equals(uri.getQuery().replace("status=", "")))
				.toList());
			default -> routeById(route, method, path, body);
		}
	}

	private void routeById(Route route, String method, String path, String body) {
		String id = path.substring(path.lastIndexOf('/') + 1);
		if (method.equals("GET") && path.startsWith("/api/agent/guides/") && guides.containsKey(id)) {
			json(route, 200, guides.get(id));
		}
		else if (method.equals("DELETE") && path.startsWith("/api/agent/replies/")) {
			replies.removeIf(reply -> String.valueOf(reply.get("id")).equals(id));
			route.fulfill(new Route.FulfillOptions().setStatus(204));
		}
		else if (method.equals("POST") && path.startsWith("/api/agent/tickets/") && path.endsWith("/close")) {
			String ticketId = path.split("/")[4];
			Map<String, Object> ticket = tickets.stream()
				.filter(candidate -> String.valueOf(candidate.get("id")).equals(ticketId))
				.findFirst()
				.orElseThrow();
			ticket.put("status", "closed");
			ticket.put("handledBy", "wangfang");
			ticket.put("note", JSON.readTree(body).get("note").asString());
			ticket.put("closed", "2026-11-21T08:00:00Z");
			json(route, 200, ticket);
		}
		else {
			json(route, 404, Map.of("title", "Not Found", "status", 404));
		}
	}

	private static void json(Route route, int status, Object body) {
		route.fulfill(new Route.FulfillOptions()
			.setStatus(status)
			.setContentType(status >= 400 ? "application/problem+json" : "application/json")
			.setBody(JSON.writeValueAsString(body)));
	}

	private static void servePage(Route route, String path) {
		String file = path.endsWith("/") ? path + "index.html" : path;
		try (InputStream in = ScriptedAgentServer.class.getClassLoader().getResourceAsStream(STATIC_ROOT + file)) {
			if (in == null) {
				route.fulfill(new Route.FulfillOptions().setStatus(404));
				return;
			}
			String extension = file.substring(file.lastIndexOf('.') + 1);
			route.fulfill(new Route.FulfillOptions()
				.setStatus(200)
				.setHeaders(Map.of("Content-Security-Policy", POLICY))
				.setContentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"))
				.setBodyBytes(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
