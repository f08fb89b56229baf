/**
 * What every REST endpoint under {@code /api} shares: errors as {@code application/problem+json}
 * (RFC 9457), with the list of fields at fault when a request is invalid.
 */
package org.govassist.server.api;
