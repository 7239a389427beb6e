/**
 * Two-way conversation on a request: the follow-through of questions (reminding a requester who has not answered,
 * closing a request nobody answered), comments and internal notes, appeals against a rule's decision, and asking a
 * standard's owner for a call. The request's own changes (asking, answering, deciding an appeal) stay with the
 * request module; this module keeps the conversation around them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package com.leeway.conversation;
