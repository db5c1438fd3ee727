import json
import marshal
import pickle
import shelve
import _pickle as cPickle
from pickle import loads as unpickle

import dill
import numpy as np
import pandas as pd


def receive(request, path, cache):
    # ruleid: py-unsafe-deserialization
    session = pickle.loads(request.cookies["session"])
    with open(path, "rb") as handle:
        # ruleid: py-unsafe-deserialization
        model = pickle.load(handle)
        # ruleid: py-unsafe-deserialization
        state = pickle.Unpickler(handle).load()
    # ruleid: py-unsafe-deserialization
    data = cPickle.loads(request.data)
    # ruleid: py-unsafe-deserialization
    fn = dill.loads(request.data)
    # ruleid: py-unsafe-deserialization
    code = marshal.loads(request.data)
    # ruleid: py-unsafe-deserialization
    db = shelve.open(path)
    # ruleid: py-unsafe-deserialization
    other = unpickle(request.data)
    # ruleid: py-unsafe-deserialization
    frame = pd.read_pickle(path)
    # ruleid: py-unsafe-deserialization
    arrays = np.load(path, allow_pickle=True)
    # ok: py-unsafe-deserialization (JSON is data-only)
    payload = json.loads(request.data)
    # ok: py-unsafe-deserialization (serialising is not the risk)
    blob = pickle.dumps(payload)
    # ok: py-unsafe-deserialization (numpy refuses pickles by default)
    plain = np.load(path)
    # ok: py-unsafe-deserialization (another object's load)
    cached = cache.load(path)
    # ok: py-unsafe-deserialization (marshal.dumps only writes)
    raw = marshal.dumps(payload)
    return session, model, state, data, fn, code, db, other, frame, arrays, blob, plain, cached, raw
