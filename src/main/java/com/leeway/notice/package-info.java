/**
 * Notices: what happened to a request, told to each person it concerns in their language, in the app and by
 * e-mail (an outbox); the listeners that turn request events and due service levels into notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package com.leeway.notice;
