"""Why a run stops without publishing: the outcomes a caller handles, in a module light enough for
the command line to import before the heavy libraries load."""


class RunFailed(Exception):
    """The job ran but its result must not be published (e.g. too many dead letters)."""


class OutputBusy(Exception):
    """Another run is writing to the same output folder."""


class NothingNew(Exception):
    """``only_new`` found no partition that earlier runs have not processed: nothing to do."""
