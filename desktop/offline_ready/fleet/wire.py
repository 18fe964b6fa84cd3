"""Prometheus remote write 1.0 on the wire: a protobuf ``WriteRequest``, compressed as a raw snappy block.

The messages are declared here by hand, field for field, from the Prometheus project's
``prompb/types.proto`` and ``prompb/remote.proto`` (Apache-2.0; only Label, Sample, TimeSeries and
WriteRequest — remote write 1.0 needs no more), and built at run time with the ``protobuf`` runtime.
A generated ``_pb2`` module would pin the protoc version to the runtime's; a descriptor does not.

Snappy: remote write takes the *block* format (``cramjam.snappy.compress_raw``); cramjam's default
``compress`` writes the framed stream format, which every remote-write receiver rejects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

CONTENT_TYPE = "application/x-protobuf"
HEADERS = {
    "Content-Type": CONTENT_TYPE,
    "Content-Encoding": "snappy",
    "X-Prometheus-Remote-Write-Version": "0.1.0",
}


@dataclass(frozen=True)
class Point:
    """One sample of one series: metric name, labels (without ``__name__``), value, time in ms."""

    name: str
    labels: tuple[tuple[str, str], ...]
    value: float
    ts_ms: int


@cache
def _write_request_class() -> Any:
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    Field = descriptor_pb2.FieldDescriptorProto
    proto_file = descriptor_pb2.FileDescriptorProto(name="offline_ready/prompb_remote.proto", package="prometheus",
                                             syntax="proto3")

    def message(name: str, *fields: tuple[str, int, int, int, str]) -> None:
        m = proto_file.message_type.add(name=name)
        for fname, number, ftype, label, type_name in fields:
            f = m.field.add(name=fname, number=number, type=ftype, label=label)
            if type_name:
                f.type_name = type_name

    one, many = Field.LABEL_OPTIONAL, Field.LABEL_REPEATED
    message("Label", ("name", 1, Field.TYPE_STRING, one, ""), ("value", 2, Field.TYPE_STRING, one, ""))
    message("Sample", ("value", 1, Field.TYPE_DOUBLE, one, ""), ("timestamp", 2, Field.TYPE_INT64, one, ""))
    message("TimeSeries", ("labels", 1, Field.TYPE_MESSAGE, many, ".prometheus.Label"),
            ("samples", 2, Field.TYPE_MESSAGE, many, ".prometheus.Sample"))
    message("WriteRequest", ("timeseries", 1, Field.TYPE_MESSAGE, many, ".prometheus.TimeSeries"))
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto_file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("prometheus.WriteRequest"))


def group(points: Iterable[Point]) -> dict[tuple[tuple[str, str], ...], list[tuple[int, float]]]:
    """Points by full label set (``__name__`` included, labels sorted as remote write requires), each
    series' samples in time order with repeated timestamps folded (the last value wins)."""
    series: dict[tuple[tuple[str, str], ...], dict[int, float]] = {}
    for p in points:
        key = tuple(sorted((("__name__", p.name), *p.labels)))
        series.setdefault(key, {})[p.ts_ms] = p.value
    return {k: sorted(v.items()) for k, v in series.items()}


def encode(points: Iterable[Point]) -> bytes:
    """The snappy-compressed ``WriteRequest`` body for ``points``."""
    import cramjam

    request = _write_request_class()()
    for labels, samples in group(points).items():
        ts = request.timeseries.add()
        for name, value in labels:
            ts.labels.add(name=name, value=value)
        for ts_ms, value in samples:
            ts.samples.add(value=value, timestamp=ts_ms)
    return bytes(cramjam.snappy.compress_raw(request.SerializeToString()))


def decode(body: bytes) -> list[Point]:
    """The inverse of :func:`encode` (for ``fleet preview`` and the tests' own receivers)."""
    import cramjam

    request = _write_request_class()()
    request.ParseFromString(bytes(cramjam.snappy.decompress_raw(body)))
    out = []
    for ts in request.timeseries:
        labels: Mapping[str, str] = {lb.name: lb.value for lb in ts.labels}
        name = labels.get("__name__", "")
        rest = tuple(sorted((k, v) for k, v in labels.items() if k != "__name__"))
        out.extend(Point(name, rest, s.value, s.timestamp) for s in ts.samples)
    return out
