package org.sitrep.event;

import org.sitrep.model.Attribution;

/** An attribution together with whether its source is a party to the conflict or partisan. */
public record Claim(Attribution attribution, boolean partisan) {}
