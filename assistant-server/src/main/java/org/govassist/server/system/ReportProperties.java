package org.govassist.server.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reports under {@code assistant.reports.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone {@code assistant.reports.zone}: the time zone in which reports count days, and in
 * which their {@code from} and {@code to} dates are meant
 */
@ConfigurationProperties("assistant.reports")
public record ReportProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
