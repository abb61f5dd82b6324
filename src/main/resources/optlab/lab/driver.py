"""optlab's Python driver: runs a student's solution.py over optlab's line protocol.

One JSON object per line on standard input and output (the README's "The line protocol"):
  -> {"op": "init", "id": 0, "size": 3, "hp": {"lr": 0.001, "beta1": 0.9}}   <- {"ok": true}
  -> {"op": "step", "id": 0, "w": [...], "g": [...], "state": true}          <- {"w": [...], "state": {"m": [...]}}
and for a layer exercise, each argument an array with its shape, its data flat and row-major:
  -> {"op": "forward", "args": [{"shape": [2, 3], "data": [...]}, ...]}      <- {"out": [[...]]}
  -> {"op": "backward", "args": [...]}                                      <- {"out": [[...], ...]}
forward(*args) returns one array or number; backward(*args) one array, or a tuple of arrays (dense).
Any failure is answered {"error": "..."}; the first line the driver writes is {"ready": true, "numpy": BOOL}.
The student's own prints go to standard error, so they cannot break the protocol.
"""
import importlib.util
import json
import math
import os
import sys
import traceback

protocol = sys.stdout
sys.stdout = sys.stderr

try:
    if os.environ.get("OPTLAB_LAB_NUMPY", "1") == "0":
        raise ImportError("plain lists asked for")
    import numpy as np
except ImportError:
    np = None


def reply(obj):
    protocol.write(json.dumps(obj, allow_nan=False) + "\n")
    protocol.flush()


def number(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def numbers(values):
    values = values.tolist() if hasattr(values, "tolist") else list(values)
    return [number(x) for x in values]


def array(values):
    return np.array(values, dtype=np.float32) if np is not None else [float(x) for x in values]


def tensor(arg):
    """An argument of forward/backward: a float32 array of its shape, or plain (nested) lists of floats."""
    shape, data = arg["shape"], arg["data"]
    if np is not None:
        return np.array(data, dtype=np.float32).reshape(shape)
    values = [float(x) for x in data]
    if len(shape) == 2:
        return [values[r * shape[1]:(r + 1) * shape[1]] for r in range(shape[0])]
    return values


def flat(value):
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(flat(v))
        return out
    return [number(value)]


def outputs(result):
    """A tuple is several outputs (dense's dx, dW, db); anything else is one."""
    return [flat(r) for r in result] if isinstance(result, tuple) else [flat(result)]


def main():
    try:
        spec = importlib.util.spec_from_file_location("solution", sys.argv[1])
        solution = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(solution)
    except BaseException:
        reply({"error": "solution.py could not be imported:\n" + traceback.format_exc(limit=3)})
        return
    reply({"ready": True, "numpy": np is not None})
    tensors = {}
    for line in sys.stdin:
        try:
            request = json.loads(line)
            op = request.get("op")
            if op == "init":
                hp = {k: (np.float32(v) if np is not None else float(v)) for k, v in request["hp"].items()}
                state = solution.init(request["size"], hp)
                if not isinstance(state, dict):
                    raise TypeError("init must return a dict, got " + type(state).__name__)
                tensors[request["id"]] = (state, hp)
                reply({"ok": True})
            elif op == "step":
                state, hp = tensors[request["id"]]
                w = solution.step(array(request["w"]), array(request["g"]), state, hp)
                answer = {"w": numbers(w)}
                if request.get("state"):
                    answer["state"] = {k: numbers(v) for k, v in state.items() if hasattr(v, "__len__") and not isinstance(v, str)}
                reply(answer)
            elif op in ("forward", "backward"):
                args = [tensor(a) for a in request["args"]]
                reply({"out": outputs(getattr(solution, op)(*args))})
            else:
                reply({"error": "unknown op " + repr(op)})
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            reply({"error": "solution.py raised " + "".join(traceback.format_exception_only(type(e), e)).strip()
                   + "\n" + traceback.format_exc(limit=-2)})


main()
