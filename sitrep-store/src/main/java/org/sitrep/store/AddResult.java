package org.sitrep.store;

/** What storing one document did: its events stored, and how many joined an existing event. */
public record AddResult(String documentId, int eventsStored, int eventsLinked) {}
