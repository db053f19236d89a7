"""Settings of the sample corpus generator."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SyntheticSettings(BaseModel):
    """How the synthetic corpus is composed.

    Attributes:
        distress_share: Share of conversations from distress families, split evenly between them.
            Far above real rates (about 0.5%) so small corpora still hold enough events to cluster.
        joy_share: Share of conversations from joy families, split evenly between them.
        pii_share: Share of conversations that get ordinary planted PII (canaries come on top).
        conversations_per_canary: One canary per this many conversations ...
        min_canaries: ... but never fewer than this many.
        conversations_per_account: Mean conversations per account in the shapes that carry one.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    distress_share: float = Field(0.06, ge=0.0, le=0.4)
    joy_share: float = Field(0.06, ge=0.0, le=0.4)
    pii_share: float = Field(0.4, ge=0.0, le=1.0)
    conversations_per_canary: int = Field(20, ge=1)
    min_canaries: int = Field(10, ge=0)
    conversations_per_account: float = Field(5.0, ge=1.0)
