package org.govassist.server.api;

/**
 * One field of a request that cannot be used, as listed in a problem's {@code errors}.
 *
 * @param field the field or parameter, as the request names it
 * @param message what is wrong with it, in Chinese
 */
public record FieldProblem(String field, String message) {
}
