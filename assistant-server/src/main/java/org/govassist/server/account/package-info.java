/**
 * Staff accounts (administrators, editors, helpdesk agents): their passwords, roles and login
 * tokens, login with lockout after repeated failures, logout, the administrators' account API and
 * page, and the first {@code admin} account of a new installation. When tokens end before their
 * time, {@link org.govassist.server.account.StaffSessionEnded} says so.
 */
package org.govassist.server.account;
