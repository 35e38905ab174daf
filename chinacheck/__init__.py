"""ChinaCheck: assess decentralised contacts with China against the NCTV brochure (May 2023).

The package is the Qt-free core; everything that needs Qt lives in ``chinacheck.ui``.
"""

__version__ = "0.1.0"
APP_NAME = "ChinaCheck"
