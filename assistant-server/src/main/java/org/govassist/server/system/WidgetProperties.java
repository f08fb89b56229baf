package org.govassist.server.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web widget under {@code assistant.widget.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowedOrigins {@code assistant.widget.allowed-origins}: the origins of pages that may
 * open the citizen WebSocket and embed the chat, besides the server's own origin, which always
 * may; each one an origin such as {@code https://www.linjiang.gov.cn}, optionally with {@code *}
 * for any port ({@code http://localhost:*}) or any subdomain ({@code https://*.linjiang.gov.cn})
 */
@ConfigurationProperties("assistant.widget")
public record WidgetProperties(@DefaultValue("http://localhost:*") List<String> allowedOrigins) {

	public WidgetProperties {
		allowedOrigins = allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
		for (String origin : allowedOrigins) {
			if (!origin.matches("https?://[A-Za-z0-9.*-]+(:(\\d+|\\*))?")) {
				throw new IllegalArgumentException("assistant.widget.allowed-origins must list origins such as "
						+ "https://www.example.gov.cn or http://localhost:*, not " + origin);
			}
		}
	}

}
