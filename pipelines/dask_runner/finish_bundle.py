"""Fix: keep what a DoFn emits in ``finish_bundle``, and give every bundle its own receivers.

Stock ``apply_dofn_to_bundle`` copies the receivers' values before ``invoke_finish_bundle``, so
whatever a DoFn emits at the end of a bundle is lost; and it reuses one set of receivers for
every partition a worker runs, so outputs of one bundle leak into the next. Here each bundle gets
a fresh copy of the DoFn and fresh receivers, and collects its outputs after ``finish_bundle``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from apache_beam import DoFn
from apache_beam.internal import pickler
from apache_beam.runners.common import DoFnContext, DoFnInvoker, DoFnSignature, _OutputHandler

from pipelines.dask_runner.tagged_outputs import collect


@dataclass
class BundleSpec:
    """What a task needs to run one ParDo bundle (picklable)."""

    fn: bytes
    window_fn: Any
    label: str
    args: list
    kwargs: dict


def apply_dofn_to_bundle(items: Any, spec: BundleSpec, side_inputs: list | None = None) -> list:
    """Run the DoFn over one Dask partition as one bundle; every output, ``finish_bundle``'s included."""
    from apache_beam.runners.dask.transform_evaluator import OneReceiver

    receivers = OneReceiver()
    handler = _OutputHandler(window_fn=spec.window_fn, main_receivers=receivers[None], tagged_receivers=receivers,
                             per_element_output_counter=None, output_batch_converter=None,
                             process_yields_batches=False, process_batch_yields_elements=False)
    invoker = DoFnInvoker.create_invoker(
        DoFnSignature(pickler.loads(spec.fn)), handler, context=DoFnContext(spec.label, state=None),
        side_inputs=side_inputs, input_args=list(spec.args), input_kwargs=dict(spec.kwargs),
        user_state_context=None, bundle_finalizer_param=DoFn.BundleFinalizerParam())
    invoker.invoke_setup()
    invoker.invoke_start_bundle()
    for item in items:
        invoker.invoke_process(item)
    invoker.invoke_finish_bundle()
    invoker.invoke_teardown()
    return collect(receivers.values)
