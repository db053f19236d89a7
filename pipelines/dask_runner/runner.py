"""``FixedDaskRunner``: Beam's DaskRunner with the fixes of this package assembled.

The translation is the stock one (``apache_beam.runners.dask``) except for the pieces each fix
module replaces: the ``Create`` and ``ParDo`` evaluators, which producer output a consumer reads,
how side inputs reach a task, and which bags are computed.
"""

from __future__ import annotations

import collections
from typing import Any

from apache_beam import pvalue
from apache_beam.pipeline import PipelineVisitor
from apache_beam.runners.dask import transform_evaluator as stock
from apache_beam.runners.dask.dask_runner import DaskOptions, DaskRunner, DaskRunnerResult
from apache_beam.runners.dask.overrides import _Create, dask_overrides

from apache_beam.internal import pickler

from pipelines.dask_runner import create, sinks, tagged_outputs
from pipelines.dask_runner.finish_bundle import BundleSpec, apply_dofn_to_bundle
from pipelines.dask_runner.side_inputs import apply_with_side_inputs, materialised


class ParDo(stock.ParDo):
    """The stock ParDo evaluator, with the bundle, tag and side-input fixes.

    ``side_inputs`` are ``(spec, delayed list)`` pairs: one delayed value per side input, shared by
    every reader (see :mod:`.side_inputs`).
    """

    def apply(self, input_bag: Any, side_inputs: Any = None) -> Any:
        transform = self.transform
        args, kwargs = transform.raw_side_inputs
        main_input = next(iter(self.applied.main_inputs.values()))
        window_fn = main_input.windowing.windowfn if hasattr(main_input, "windowing") else None
        spec = BundleSpec(pickler.dumps(transform.fn), window_fn, transform.label, list(args), kwargs)
        windowed = input_bag.map(stock.get_windowed_value, window_fn)
        if not side_inputs:
            return windowed.map_partitions(apply_dofn_to_bundle, spec)
        return windowed.map_partitions(apply_with_side_inputs, spec, [s for s, _ in side_inputs],
                                       *[values for _, values in side_inputs])


TRANSLATIONS = {**stock.TRANSLATIONS, _Create: create.Create, stock.apache_beam.ParDo: ParDo}


class _Visitor(PipelineVisitor):
    def __init__(self, bag_kwargs: dict):
        self.bag_kwargs = bag_kwargs
        self.bags: dict[Any, Any] = collections.OrderedDict()
        self.consumed: set[Any] = set()
        self.side_values: dict[Any, Any] = {}  # one delayed value per side-input PCollection

    def _read(self, pcoll: Any) -> Any:
        producer = pcoll.producer
        self.consumed.add(producer)
        bag = self.bags[producer]
        return tagged_outputs.select(bag, pcoll.tag) if len(producer.outputs) > 1 else bag

    def _side_value(self, pcoll: Any) -> Any:
        if pcoll not in self.side_values:
            self.side_values[pcoll] = materialised(self._read(pcoll))
        return self.side_values[pcoll]

    def visit_transform(self, node: Any) -> None:
        op = TRANSLATIONS.get(node.transform.__class__, stock.NoOp)(node, bag_kwargs=self.bag_kwargs)
        inputs = [None if isinstance(pc, pvalue.PBegin) else self._read(pc)
                  for pc in node.inputs if isinstance(pc, pvalue.PBegin) or pc.producer in self.bags]
        kwargs: dict[str, Any] = {"input_bag": None, "side_inputs": None}
        if inputs:
            kwargs["input_bag"] = inputs[0] if len(inputs) == 1 and not isinstance(op, stock.Flatten) else inputs
        if node.side_inputs:
            kwargs["side_inputs"] = [((type(si), si._view_options(), si._window_mapping_fn), self._side_value(si.pvalue))
                                     for si in node.side_inputs]
        self.bags[node] = op.apply(**kwargs)


class _ClosingResult(DaskRunnerResult):
    """Closes its client once the pipeline has finished (the stock result leaves it connected)."""

    def wait_until_finish(self, duration: Any = None) -> str:
        try:
            return super().wait_until_finish(duration)
        finally:
            if self.state in ("DONE", "FAILED", "CANCELLED"):
                self.client.close()


class FixedDaskRunner(DaskRunner):
    """Runs a pipeline on a Dask cluster (``--dask_client_address``), with this package's fixes."""

    def run_pipeline(self, pipeline: Any, options: Any) -> DaskRunnerResult:
        import dask.distributed as ddist

        dask_options = options.view_as(DaskOptions).get_all_options(drop_default=True, current_only=True)
        bag_kwargs = DaskOptions._extract_bag_kwargs(dask_options)
        client = ddist.Client(**dask_options)
        pipeline.replace_all(dask_overrides())
        visitor = _Visitor(bag_kwargs)
        pipeline.visit(visitor)
        outputs = sinks.leaves(visitor.bags, visitor.consumed)
        # Unoptimised: fusing would copy a shared upstream task into each of its readers' chains,
        # computing it once per reader (see :mod:`.side_inputs`).
        futures = client.compute(outputs, optimize_graph=False)
        return _ClosingResult(client, futures)
