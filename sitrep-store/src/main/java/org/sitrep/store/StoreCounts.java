package org.sitrep.store;

/** Sizes of the record: documents, source reports (events as extracted), linked events. */
public record StoreCounts(long documents, long reports, long linkedEvents) {}
