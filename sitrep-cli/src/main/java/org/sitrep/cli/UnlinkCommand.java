package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep unlink EVENT [REPORT…] --reason TEXT}: undo a link; the decision is recorded. */
@Command(name = "unlink", mixinStandardHelpOptions = true,
    description = "Split reports out of a linked event (all of them when none are named).")
final class UnlinkCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "EVENT", description = "linked event id")
  String event;

  @Parameters(index = "1..*", paramLabel = "REPORT", description = "report ids to split out (see sitrep query / the API)")
  List<String> reports = List.of();

  @Option(names = "--reason", required = true, description = "why the reports are not the same event")
  String reason;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (EventStore eventStore = store.open()) {
      List<String> made = eventStore.unlink(event, reports, reason);
      made.forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getErr().println("unlinked " + made.size() + " report(s) from " + event);
    }
    return 0;
  }
}
