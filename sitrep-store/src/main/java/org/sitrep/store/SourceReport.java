package org.sitrep.store;

import org.sitrep.model.DocRef;
import org.sitrep.model.EventRecord;

/** One source report of a linked event: its document and the event as that document gives it. */
public record SourceReport(DocRef doc, EventRecord event) {}
