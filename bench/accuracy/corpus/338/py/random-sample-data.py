# preflight-bench: safe CWE-338 -- random for test data generation
import random

random.seed(42)
temperatures = [round(random.uniform(15.0, 30.0), 1) for _ in range(24)]
print(temperatures)
