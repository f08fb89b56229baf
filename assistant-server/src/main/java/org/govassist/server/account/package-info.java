/**
 * Staff accounts (administrators, editors, helpdesk agents): their passwords, roles and login
 * tokens, the login endpoint, and the first {@code admin} account of a new installation.
 */
package org.govassist.server.account;
